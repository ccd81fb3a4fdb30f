#!/usr/bin/env node
// Regenerates schemas/dataset.schema.json from the Zod schemas (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../dist/schema.js";

const target = new URL("../schemas/dataset.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
