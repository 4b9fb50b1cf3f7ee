// Region.policies(includeSubRegions: true): the policies implemented in a region or any region part of it.
WITH this AS region
//@include includes/places-within-region
//@include includes/policies-of-place
