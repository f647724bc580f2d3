/** A fresh nonce for a webview's content security policy (Web Crypto: in Node and in a browser). */
export function nonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
