// Region.policies: the policies implemented in a region, by the region itself or by a body with jurisdiction over it.
WITH this AS place
//@include includes/policies-of-place
