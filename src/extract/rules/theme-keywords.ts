/**
 * Themes of the genre and the words that raise them. A statement or policy sentence that contains one of a
 * theme's words is ABOUT that theme; the theme's node takes the first word the report uses as its name.
 */
export interface ThemeEntry {
  id: string;
  nameEn: string;
  description: string;
  /** Words that raise the theme, the canonical one first. */
  words: readonly string[];
}

/** Themes, each a line; ids the graph already has are kept. */
export const THEMES: readonly ThemeEntry[] = [
  {
    id: 'theme:precise-pollution-control',
    nameEn: 'Precise pollution control',
    description: 'Targeting pollution control precisely, by accurate diagnosis and targeted treatment.',
    words: ['精准治污'],
  },
  {
    id: 'theme:scientific-pollution-control',
    nameEn: 'Science-based pollution control',
    description: 'Controlling pollution by following natural and economic laws, with science and technology.',
    words: ['科学治污'],
  },
  {
    id: 'theme:law-based-pollution-control',
    nameEn: 'Law-based pollution control',
    description: 'Controlling pollution in accordance with the law.',
    words: ['依法治污', '法治化'],
  },
  {
    id: 'theme:pollution-control-battle',
    nameEn: 'Pushing forward the tough battle against pollution',
    description: 'Sustained effort to win the battle against pollution.',
    words: ['治污攻坚', '攻坚任务', '攻坚难题'],
  },
  {
    id: 'theme:eco-environmental-iron-army',
    nameEn: "Building an 'iron army' of ecological-environment protection",
    description: 'Building a disciplined, capable ecological-environment workforce.',
    words: ['生态环保铁军'],
  },
  {
    id: 'theme:work-style',
    nameEn: 'Work-style improvement',
    description: 'Improving the conduct and work style of officials and staff.',
    words: ['作风建设', '转变作风', '作风'],
  },
  {
    id: 'theme:inspection-rectification',
    nameEn: 'Rectification of inspection findings',
    description: 'Getting the problems that inspections find genuinely rectified.',
    words: ['督察整改', '整改'],
  },
  { id: 'theme:supervision', nameEn: 'Supervision and discipline', description: 'Supervision of officials and strict discipline.', words: ['监督'] },
  {
    id: 'theme:informatization',
    nameEn: 'Informatization and digital governance',
    description: 'Using information technology, big data and digital tools in environmental work.',
    words: ['信息化', '数字化', '大数据', '智慧'],
  },
  {
    id: 'theme:source-control',
    nameEn: 'Source prevention and control',
    description: 'Preventing and controlling pollution at its source.',
    words: ['源头防控', '源头'],
  },
  {
    id: 'theme:environmental-quality-improvement',
    nameEn: 'Improvement of ecological-environment quality',
    description: 'Continuous improvement of air, water and overall ecological-environment quality.',
    words: ['生态环境质量改善', '质量改善', '生态环境质量持续好转', '生态环境质量持续改善'],
  },
  {
    id: 'theme:high-quality-development',
    nameEn: 'High-quality development',
    description: 'Economic development of higher quality achieved together with ecological protection.',
    words: ['高质量发展'],
  },
  {
    id: 'theme:grassroots-work',
    nameEn: 'Grassroots ecological-environment protection work',
    description: 'Capacity and reach of ecological-environment work at the grassroots.',
    words: ['基层生态环境保护工作', '基层'],
  },
  {
    id: 'theme:monitoring-data-quality',
    nameEn: 'Authenticity and reliability of monitoring data',
    description: 'Ensuring that environmental monitoring data are genuine and reliable.',
    words: ['监测数据', '弄虚作假'],
  },
  {
    id: 'theme:green-development',
    nameEn: 'Green development',
    description: 'Development that uses fewer resources and pollutes less.',
    words: ['绿色发展', '绿色低碳'],
  },
  {
    id: 'theme:ecological-civilization',
    nameEn: 'Ecological civilization',
    description: 'Building an ecological civilization.',
    words: ['生态文明建设', '生态文明'],
  },
  {
    id: 'theme:environmental-risk-prevention',
    nameEn: 'Environmental risk prevention',
    description: 'Preventing and controlling environmental risks and accidents.',
    words: ['环境风险防控', '环境风险'],
  },
  { id: 'theme:emission-reduction', nameEn: 'Emission reduction', description: 'Cutting the discharge of pollutants.', words: ['污染减排', '减排'] },
  {
    id: 'theme:regional-coordination',
    nameEn: 'Regional coordination',
    description: 'Neighbouring regions controlling pollution together.',
    words: ['区域协同', '联防联控'],
  },
  {
    id: 'theme:public-participation',
    nameEn: 'Public participation',
    description: 'Involving the public in environmental protection.',
    words: ['公众参与'],
  },
  {
    id: 'theme:ecological-restoration',
    nameEn: 'Ecological restoration',
    description: 'Restoring damaged ecosystems.',
    words: ['生态修复', '保护修复'],
  },
  {
    id: 'theme:rural-environment',
    nameEn: 'Rural environmental improvement',
    description: 'Cleaning up the rural living environment.',
    words: ['农村环境整治', '农村生活污水'],
  },
  {
    id: 'theme:solid-waste',
    nameEn: 'Solid waste pollution control',
    description: 'Preventing pollution by solid waste.',
    words: ['固体废物污染防治', '固体废物', '固废'],
  },
  {
    id: 'theme:enforcement',
    nameEn: 'Enforcement and supervision',
    description: 'Enforcing environmental law on polluters.',
    words: ['执法监管', '环境执法', '执法'],
  },
  {
    id: 'theme:capacity-building',
    nameEn: 'Capacity building',
    description: 'Strengthening the means of environmental bodies.',
    words: ['能力建设'],
  },
  {
    id: 'theme:water-environment',
    nameEn: 'Water environment governance',
    description: 'Cleaning rivers, lakes and coastal waters.',
    words: ['水环境治理', '水环境质量', '水质'],
  },
  {
    id: 'theme:air-pollution-control',
    nameEn: 'Air pollution control',
    description: 'Cutting air pollution.',
    words: ['大气污染治理', '大气污染防治', '空气质量'],
  },
  {
    id: 'theme:climate-change',
    nameEn: 'Addressing climate change',
    description: 'Cutting greenhouse gases and adapting to climate change.',
    words: ['应对气候变化', '碳排放'],
  },
  { id: 'theme:biodiversity', nameEn: 'Biodiversity conservation', description: 'Protecting species and ecosystems.', words: ['生物多样性'] },
  {
    id: 'theme:pollution-and-carbon-reduction',
    nameEn: 'Reducing pollution and carbon together',
    description: 'Cutting pollutants and carbon emissions with the same measures, for both gains.',
    words: ['减污降碳协同增效', '减污降碳'],
  },
  {
    id: 'theme:carbon-peaking-and-neutrality',
    nameEn: 'Carbon peaking and carbon neutrality',
    description: 'Bringing carbon emissions to their peak and then to net zero.',
    words: ['碳达峰', '碳中和', '双碳'],
  },
  {
    id: 'theme:carbon-monitoring',
    nameEn: 'Carbon monitoring',
    description: 'Measuring greenhouse-gas emissions and concentrations.',
    words: ['碳监测'],
  },
  {
    id: 'theme:ozone-and-pm25-control',
    nameEn: 'Coordinated control of ozone and PM2.5',
    description: 'Controlling ozone and fine particulate matter together, through their common precursors.',
    words: ['臭氧和PM2.5协同控制', 'PM2.5和臭氧协同控制', '臭氧污染防治', '臭氧污染'],
  },
  {
    id: 'theme:heavy-pollution-weather',
    nameEn: 'Heavy pollution weather response',
    description: 'Forecasting, warning of and responding to episodes of heavy air pollution.',
    words: ['重污染天气'],
  },
  { id: 'theme:clean-heating', nameEn: 'Clean heating', description: 'Replacing coal-fired heating with cleaner sources.', words: ['清洁取暖'] },
  {
    id: 'theme:mobile-source-pollution',
    nameEn: 'Mobile-source pollution control',
    description: 'Cutting emissions of vehicles, ships and non-road machinery.',
    words: ['移动源污染', '移动源', '柴油货车'],
  },
  {
    id: 'theme:structural-adjustment',
    nameEn: 'Structural adjustment',
    description: 'Shifting the industrial, energy and transport structure away from polluting activities.',
    words: ['结构调整', '结构性污染', '产业结构', '能源结构'],
  },
  {
    id: 'theme:agricultural-non-point-pollution',
    nameEn: 'Agricultural non-point source pollution',
    description: 'Pollution from farming and livestock that has no single outlet.',
    words: ['农业面源污染', '面源污染', '畜禽养殖'],
  },
  {
    id: 'theme:soil-pollution-control',
    nameEn: 'Soil pollution control',
    description: 'Preventing and remedying the pollution of soil.',
    words: ['土壤污染防治', '土壤污染'],
  },
  {
    id: 'theme:outfall-investigation',
    nameEn: 'Investigating and remedying sewage outfalls',
    description: 'Finding and cleaning up the outfalls that discharge into rivers, lakes and the sea.',
    words: ['排污口排查', '入河排污口', '入海排污口'],
  },
  {
    id: 'theme:monitoring-network',
    nameEn: 'Monitoring network',
    description: 'Building the network of environmental monitoring.',
    words: ['监测网络'],
  },
  { id: 'theme:data-sharing', nameEn: 'Data sharing', description: 'Sharing environmental data between bodies and regions.', words: ['数据共享'] },
  {
    id: 'theme:yangtze-protection',
    nameEn: 'Protecting the Yangtze River',
    description: 'Protecting and restoring the ecology of the Yangtze River and its basin.',
    words: ['长江保护', '长江大保护'],
  },
  {
    id: 'theme:public-satisfaction',
    nameEn: 'Public satisfaction with the environment',
    description: 'How satisfied the public is with the ecological environment.',
    words: ['公众生态环境满意度', '满意度'],
  },
  { id: 'theme:accountability', nameEn: 'Accountability', description: 'Holding officials to account for failures.', words: ['严肃问责', '问责'] },
];
