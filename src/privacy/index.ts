/** The public surface of the privacy feature: the only file other features import. */

export {};
