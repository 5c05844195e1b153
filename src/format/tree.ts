/** Small helpers over the row and column trees of a matrix table. */
import type { AxisNode } from './spec-types.js';

/** A leaf of a tree with the chain of nodes leading to it (root first). */
export interface LeafChain {
  readonly chain: readonly AxisNode[];
  /** JSON keys along the chain (unkeyed grouping nodes contribute nothing). */
  readonly keys: readonly string[];
}

/** Every leaf under `nodes`, in document order. */
export function leafChains(nodes: readonly AxisNode[], above: readonly AxisNode[] = []): LeafChain[] {
  const out: LeafChain[] = [];
  for (const node of nodes) {
    const chain = [...above, node];
    if (node.children && node.children.length > 0) out.push(...leafChains(node.children, chain));
    else out.push({ chain, keys: chain.flatMap((n) => (n.key === undefined ? [] : [n.key])) });
  }
  return out;
}

/** Depth of the deepest leaf (a flat list has depth 1). */
export function treeDepth(nodes: readonly AxisNode[]): number {
  let depth = 0;
  for (const node of nodes) {
    const below = node.children && node.children.length > 0 ? treeDepth(node.children) : 0;
    depth = Math.max(depth, 1 + below);
  }
  return depth;
}

/** Number of leaves under a node (1 for a leaf). */
export function leafCount(node: AxisNode): number {
  if (!node.children || node.children.length === 0) return 1;
  return node.children.reduce((n, child) => n + leafCount(child), 0);
}

/** The non-total leaves among the siblings of a total node, as key paths relative to the parent. */
export function addendsOfTotal(siblings: readonly AxisNode[]): LeafChain[] {
  return leafChains(siblings.filter((s) => !s.total));
}

/** Whether a chain passes through or ends at a total node. */
export function chainHasTotal(chain: readonly AxisNode[]): boolean {
  return chain.some((n) => n.total === true);
}
