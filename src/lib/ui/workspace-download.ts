import { localDateTime } from '$lib/domain/local-time';
import { downloadText } from './download';

/** A workspace file (session.exportWorkspace) as the download the user keeps: haichi-workspace-<date>.json. */
export function downloadWorkspace(text: string): void {
	downloadText(`haichi-workspace-${localDateTime(new Date()).slice(0, 10)}.json`, text, 'application/json');
}
