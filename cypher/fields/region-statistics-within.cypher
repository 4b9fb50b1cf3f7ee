// Region.statistics(includeSubRegions: true): the statistics about a region or any region part of it.
WITH this AS region
//@include includes/places-within-region
WITH place AS subject
//@include includes/measurements-of-subject
