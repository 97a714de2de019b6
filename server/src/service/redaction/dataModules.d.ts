// Types for the data files the redaction check imports from npm packages that ship none.
declare module 'gender-detection-from-name/names/en.js' {
  /** Lower-case given name → "male" | "female" | "unisex". */
  const names: Map<string, string>;
  export default names;
}
