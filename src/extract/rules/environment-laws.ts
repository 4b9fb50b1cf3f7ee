/**
 * The national laws of the ecological-environment field, as the NPC's list of laws in force names them (the
 * laws its Environment and Resources Protection Committee oversees and the standing committee's law inspections
 * check: the environmental protection law, the pollution-control laws, the resource and ecosystem laws and the
 * basin and region protection laws), without their prefix 中华人民共和国, which a report may print or drop. A
 * people's congress's news names them bare, without 《》 (开展大气污染防治法执法检查, 就固体废物污染环境防治法执行
 * 情况…), so they are read by name. Only names of four or more characters: 水法, 森林法 and their like are words
 * too short to be read safely without their brackets. `[name, English]`.
 */
export const ENVIRONMENT_LAWS: readonly (readonly [name: string, english: string])[] = [
  ['环境保护法', 'Environmental Protection Law'],
  ['大气污染防治法', 'Law on the Prevention and Control of Atmospheric Pollution'],
  ['水污染防治法', 'Law on the Prevention and Control of Water Pollution'],
  ['土壤污染防治法', 'Law on the Prevention and Control of Soil Pollution'],
  ['固体废物污染环境防治法', 'Law on the Prevention and Control of Environmental Pollution by Solid Waste'],
  ['噪声污染防治法', 'Law on the Prevention and Control of Noise Pollution'],
  ['环境噪声污染防治法', 'Law on the Prevention and Control of Environmental Noise Pollution'],
  ['放射性污染防治法', 'Law on the Prevention and Control of Radioactive Pollution'],
  ['海洋环境保护法', 'Marine Environment Protection Law'],
  ['环境影响评价法', 'Environmental Impact Assessment Law'],
  ['环境保护税法', 'Environmental Protection Tax Law'],
  ['清洁生产促进法', 'Cleaner Production Promotion Law'],
  ['循环经济促进法', 'Circular Economy Promotion Law'],
  ['野生动物保护法', 'Wildlife Protection Law'],
  ['湿地保护法', 'Wetlands Conservation Law'],
  ['长江保护法', 'Yangtze River Protection Law'],
  ['黄河保护法', 'Yellow River Protection Law'],
  ['青藏高原生态保护法', 'Law on Ecological Conservation on the Qinghai-Tibet Plateau'],
  ['黑土地保护法', 'Black Soil Protection Law'],
  ['水土保持法', 'Law on Soil and Water Conservation'],
  ['防沙治沙法', 'Law on Prevention and Control of Desertification'],
  ['海岛保护法', 'Law on Island Protection'],
  ['生物安全法', 'Biosecurity Law'],
  ['核安全法', 'Nuclear Safety Law'],
  ['节约能源法', 'Energy Conservation Law'],
  ['可再生能源法', 'Renewable Energy Law'],
  ['矿产资源法', 'Mineral Resources Law'],
  ['土地管理法', 'Land Administration Law'],
];
