import { BigIntType } from '@mikro-orm/core';

/**
 * Money columns: `bigint` in PostgreSQL (a regional deal exceeds what `integer` holds), a plain JavaScript
 * number in entities (exact up to 2^53 cents). MikroORM would map bigint to a string by default.
 */
export const CENTS = () => new BigIntType('number');
