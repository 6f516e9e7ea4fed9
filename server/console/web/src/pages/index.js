// SPDX-License-Identifier: GPL-3.0-or-later
// Every page module, by its `name` (src/pages/README.md). Imported statically so esbuild bundles
// them into one app.js that the server answers from memory.
import * as queue from './queue.js';
import * as queueitem from './queueitem.js';
import * as volunteers from './volunteers.js';
import * as volunteer from './volunteer.js';
import * as services from './services.js';
import * as stations from './stations.js';
import * as figures from './figures.js';
import * as audit from './audit.js';

export const pages = { queue, queueitem, volunteers, volunteer, services, stations, figures, audit };
