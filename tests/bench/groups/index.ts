/**
 * The benchmark groups, in the order `npm run bench` runs them. To add one, write
 * tests/bench/groups/<name>.ts exporting a BenchGroup (see ../types.ts) and list it here.
 */
import type { BenchGroup } from '../types';
import { load } from './load';
import { importGroup } from './import';
import { scheduleGroup } from './schedule';
import { scenariosGroup } from './scenarios';
import { compareGroup } from './compare';
import { referenceGroup } from './reference';
import { screensGroup } from './screens';

export const groups: readonly BenchGroup[] = [
	load,
	importGroup,
	scheduleGroup,
	scenariosGroup,
	screensGroup,
	compareGroup,
	referenceGroup
];
