/** pinyin-pro's surname table (surname → reading), which the package ships but declares no type for. */
declare module 'pinyin-pro/dist/esm/data/surname.mjs' {
  const surnames: Readonly<Record<string, string>>;
  export default surnames;
}
