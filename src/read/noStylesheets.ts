/**
 * Stands in for cssomnom's stylesheet parser in the DOM bundle (dist/readDom.js, see
 * scripts/build.mjs). linkedom loads that parser only to give a <style> element its `sheet`;
 * WireDiff cuts every <style> out before the DOM is built and Readability never asks for a
 * stylesheet, yet the parser was two fifths of the bundle and half of its load time.
 */
export function parse(): never {
  throw new Error('WireDiff reads no stylesheets');
}
