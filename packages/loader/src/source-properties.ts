// What the loader keeps on an Article besides the model's properties, so `kg ingest` can re-extract every stored
// article together with new ones (the graph then always equals the extraction of all articles at once).
//   Article { sourceText: "Finance Minister Ana Duarte said…", sourceInput: '{"path":"a.txt","title":null,…}' }

/** Article properties written by the loader, left out of `exportDocument` unless asked for. */
export const SOURCE_PROPERTIES: readonly string[] = ['sourceText', 'sourceInput'];
