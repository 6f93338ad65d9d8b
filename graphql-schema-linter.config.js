/**
 * Conventions every field added to the schema keeps: Relay connections and page info, descriptions everywhere,
 * reasons on deprecations, the usual casing. Run by `npm run -s schema:lint` in `.ci/run`.
 */
module.exports = {
  schemaPaths: ['schema/schema.graphql'],
  rules: [
    'relay-connection-types-spec',
    'relay-connection-arguments-spec',
    'relay-page-info-spec',
    'deprecations-have-a-reason',
    'types-have-descriptions',
    'fields-have-descriptions',
    'arguments-have-descriptions',
    'enum-values-have-descriptions',
    'input-object-values-have-descriptions',
    'types-are-capitalized',
    'fields-are-camel-cased',
    'input-object-values-are-camel-cased',
    'enum-values-all-caps',
    'defined-types-are-used',
  ],
  ignore: {
    // The root types: type-graphql gives them no description, and every field on them has one.
    'types-have-descriptions': ['Query', 'Mutation'],
  },
};
