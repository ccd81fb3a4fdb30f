/**
 * A regular-expression source matching any of `words`, the longest where several match, written as a
 * trie (个(?:百分点|工作日|月)?) rather than a flat alternation (个百分点|个工作日|个月|个): the engine
 * then tests each character once instead of trying every word at every position.
 */
interface Node {
  children: Map<string, Node>;
  end: boolean;
}

export function triePattern(words: readonly string[]): string {
  const root: Node = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.children.get(char);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(char, next);
      }
      node = next;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: Node): string {
  const branches = [...node.children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([char, child]) => escape(char) + emit(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  // a word may end here: the longer words are tried first, this end last
  return node.end ? `(?:${body})?` : body;
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
