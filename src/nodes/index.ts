/** The public surface of the nodes feature: nothing; it only serves `node` and `nodes`. */
export {};
