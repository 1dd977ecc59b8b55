/**
 * The first script of the built page: it writes the Content-Security-Policy meta tag before any
 * other script, style or request, adding to the tile and image sources the outside hosts the
 * analyst has allowed on this machine (read from localStorage, checked against the host form).
 */
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../contentSecurityPolicy.ts';
import { HOST_FORM, OUTSIDE_HOSTS_KEY } from '../outsideHosts.ts';

/** Marks where the allowed outside origins go in the policy. */
const OUTSIDE = '__LOKUS_OUTSIDE__';
/** Marks where the hashes of the page's inline scripts go (filled after the build). */
export const SCRIPT_HASHES = '__LOKUS_SCRIPT_HASHES__';

/**
 * The script's source text for a page whose inline scripts are listed later (`withHashes`).
 *
 * @example
 * cspBootstrap({ withHashes: false }).includes('Content-Security-Policy'); // => true
 */
export function cspBootstrap(options: { readonly withHashes: boolean }): string {
  const policy = contentSecurityPolicy({
    outsideOrigins: [OUTSIDE],
    scriptHashes: options.withHashes ? [SCRIPT_HASHES] : [],
  }).replace(`'${SCRIPT_HASHES}'`, SCRIPT_HASHES);
  return [
    '(function(){',
    `var p=${JSON.stringify(policy)},o=[];`,
    `try{var c=JSON.parse(localStorage.getItem(${JSON.stringify(OUTSIDE_HOSTS_KEY)})||"{}");`,
    `for(var k in c){if(c[k]==="allow"&&${HOST_FORM}.test(k))o.push("https://"+k)}}catch(e){}`,
    'var m=document.createElement("meta");m.httpEquiv="Content-Security-Policy";',
    'for(var s="",i=0;i<o.length;i++)s+=" "+o[i];',
    `m.content=p.split(${JSON.stringify(` ${OUTSIDE}`)}).join(s);`,
    'document.head.insertBefore(m,document.head.firstChild)})();',
  ].join('');
}

/**
 * The CSP source of an inline script's text.
 *
 * @example
 * scriptHash('').startsWith('sha256-'); // => true
 */
export function scriptHash(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
