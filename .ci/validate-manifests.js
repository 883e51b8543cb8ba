#!/usr/bin/env node
// Validates Kubernetes manifests against the API's OpenAPI schemas (kubernetes-models).
const fs = require('fs');
const yaml = require('js-yaml');
const { Job } = require('kubernetes-models/batch/v1');
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, 'utf8'))) {
    try {
      new Job(doc).validate();
      console.log(`${file}: ${doc.kind} ${doc.metadata.name}: valid`);
    } catch (e) {
      failed++;
      console.log(`${file}: INVALID: ${e.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);
