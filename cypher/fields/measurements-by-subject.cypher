// Region.statistics, Policy.statistics: the statistics about a region, policy or organization, in report order.
WITH this AS subject
//@include includes/measurements-of-subject
