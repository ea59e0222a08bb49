/** `URLSearchParams#toString()` with commas left readable: `themes=a,b`, not `themes=a%2Cb`. */
export function formatSearch(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}
