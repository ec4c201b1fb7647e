#!/usr/bin/env node
// Checked-in shim so npm can link the bin before the first build creates dist/.
import "../dist/bin.js";
