// Data files bundled as text by esbuild (see esbuild.js `loader`), so the core reads no files at
// run time and works unchanged in a browser worker.
declare module '*.txt' {
  const text: string;
  export default text;
}
declare module '*.tsv' {
  const text: string;
  export default text;
}
