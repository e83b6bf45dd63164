package dev.aspire.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the nodes of a phrase trie that can be one: two nodes are the same when they signal the same
 * things in the same order and lead, word for word, to the same nodes. A lexicon line such as
 * "(lead | run | manage) (a | the) (small |) team" expands into many phrases that end alike, so most of
 * the trie is repeated endings; sharing them turns the trie into a much smaller graph that matches exactly
 * the same phrases, since a match only ever walks forward from the root.
 */
final class SharedEndings {
    private SharedEndings() {
    }

    /**
     * Per node, the node that stands for all nodes equal to it.
     *
     * @param order every node, each parent before its children (breadth first)
     * @param firstEdge node {@code n}'s edges are {@code edgesByParent[firstEdge[n]]} up to {@code firstEdge[n + 1]}
     * @param outputs per node, the signals a phrase ending there gives, in the order they must be reported
     */
    static int[] representatives(int[] order, int[] firstEdge, int[] edgesByParent, int[] edgeLabel,
                                 int[] edgeChild, List<int[]> outputs) {
        int[] same = new int[order.length];
        Map<Shape, Integer> seen = new HashMap<>(order.length / 8);
        // Children before parents, so a node's children already stand for their equals when it is compared.
        for (int k = order.length - 1; k >= 0; k--) {
            int node = order[k];
            Integer earlier = seen.putIfAbsent(shape(node, firstEdge, edgesByParent, edgeLabel, edgeChild, outputs, same),
                    node);
            same[node] = earlier == null ? node : earlier;
        }
        return same;
    }

    /** The node's outputs, then its (label, representative child) pairs by label. */
    private static Shape shape(int node, int[] firstEdge, int[] edgesByParent, int[] edgeLabel, int[] edgeChild,
                               List<int[]> outputs, int[] same) {
        int[] out = outputs.get(node);
        int width = firstEdge[node + 1] - firstEdge[node];
        long[] edges = new long[width];
        for (int k = 0; k < width; k++) {
            int e = edgesByParent[firstEdge[node] + k];
            edges[k] = ((long) edgeLabel[e] << 32) | same[edgeChild[e]];
        }
        Arrays.sort(edges);
        int[] key = new int[1 + out.length + 2 * width];
        key[0] = out.length;
        System.arraycopy(out, 0, key, 1, out.length);
        for (int k = 0; k < width; k++) {
            key[1 + out.length + 2 * k] = (int) (edges[k] >>> 32);
            key[2 + out.length + 2 * k] = (int) edges[k];
        }
        return new Shape(key);
    }

    /** A node's outputs and edges as one array, compared by content. */
    private record Shape(int[] key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Shape shape && Arrays.equals(key, shape.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }
    }
}
