/**
 * `load` (a dynamic `import()`), run at most once at a time: every caller shares the first call's
 * promise; a failed import is forgotten, so the next call imports again (which refetches in
 * browsers that follow whatwg/html#10327; Chromium 150 keeps a failed module fetch until reload).
 */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
