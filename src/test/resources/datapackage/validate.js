// Validates the Data Package whose datapackage.json is given, with the Frictionless JavaScript libraries
// (npm `datapackage` and `tableschema`): the descriptor against the profile it names, then every row of
// every resource read and cast with its Table Schema (header names, types, primary key). One line per
// problem and a count; exit 1 if there is any problem.
//
// The one departure from Resource.read(): tableschema hands the file to its CSV parser without removing
// a UTF-8 byte-order mark (it reads the first header as "\uFEFF项目"), so the rows are read with the same
// Table and Schema classes and the parser's own `bom` option, as every other UTF-8 reader does.
'use strict';
const path = require('path');
const { Package } = require('datapackage');
const { Table, Schema } = require('tableschema');

(async () => {
  const problems = [];
  let rows = 0;
  const dataPackage = await Package.load(path.resolve(process.argv[2]));
  if (!dataPackage.valid) {
    for (const error of dataPackage.errors) {
      problems.push(`descriptor: ${error.message}`);
    }
  }
  for (const resource of dataPackage.resources) {
    if (!resource.tabular || !resource.descriptor.schema) {
      problems.push(`${resource.name}: not a tabular resource with a schema`);
      continue;
    }
    try {
      const schema = await Schema.load(resource.descriptor.schema, { strict: true });
      const dialect = resource.descriptor.dialect || {};
      const table = await Table.load(resource.source, {
        schema,
        headers: dialect.header === false ? schema.fieldNames : 1,
        delimiter: dialect.delimiter || ',',
        bom: true,
      });
      const read = await table.read({ cast: true, forceCast: true });
      for (const row of read) {
        if (row instanceof Error) {
          problems.push(`${resource.name}: ${row.message} ${(row.errors || []).map((e) => e.message).join('; ')}`);
        } else {
          rows++;
        }
      }
      if (dialect.header !== false && JSON.stringify(table.headers) !== JSON.stringify(schema.fieldNames)) {
        problems.push(`${resource.name}: header ${JSON.stringify(table.headers)} is not the fields ${JSON.stringify(schema.fieldNames)}`);
      }
    } catch (error) {
      problems.push(`${resource.name}: ${error.message} ${(error.errors || []).map((e) => e.message).join('; ')}`);
    }
  }
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`${dataPackage.resources.length} resources, ${rows} rows, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
})().catch((error) => {
  console.log(`failed: ${error.message}`);
  process.exit(2);
});
