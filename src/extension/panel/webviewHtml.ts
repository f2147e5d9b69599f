/**
 * The HTML shell of WireDiff's webview pages (the side panel and the coverage
 * matrix): a strict Content Security Policy with a fresh nonce, styles and
 * scripts only from media/ (the webview's one local resource root), and an empty
 * `#app` that the page's script fills with `textContent` only. No inline script:
 * every script is a file of media/ carrying the nonce, loaded in the order given
 * (media/common.js first, so the page's script finds its helpers).
 */
import * as vscode from 'vscode';
import type { WebviewFiles } from '../../view/webviewPages';

/** The folder the pages load from: their only local resource root. */
export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

/** Scripts on, command links off, files only from media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

/** A page's files (src/view/webviewPages.ts) and its title. */
export interface WebviewPage extends WebviewFiles {
  /** Plain text, not escaped: a fixed title, never a file name. */
  title: string;
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = makeNonce();
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot(extensionUri), f)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const styles = page.styles.map((f) => `<link rel="stylesheet" href="${media(f)}">\n`).join('');
  const scripts = page.scripts.map((f) => `<script nonce="${nonce}" src="${media(f)}"></script>\n`).join('');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^a-zA-Z0-9-]/g, '')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}<title>${page.title}</title>
</head>
<body>
<div id="app" aria-live="polite"></div>
${scripts}</body>
</html>`;
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  for (const b of bytes) s += chars[b % chars.length];
  return s;
}
