/** Reads a Parquet file (e.g. an aggregate written by DuckDB) into header and rows of text, with hyparquet. */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { cellText } from './cell-text';

export const isParquet = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;

export interface ParquetText {
	header: string[];
	rows: string[][];
	/**
	 * Columns of lists or nested records (LIST, MAP, STRUCT), which no cell of a table holds: left
	 * empty here, never joined into one string, for the checks to refuse by name.
	 */
	nested: number[];
}

export async function readParquet(bytes: Uint8Array): Promise<ParquetText> {
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const metadata = parquetMetadata(file);
	const columns = parquetSchema(metadata).children;
	const header = columns.map((c) => c.element.name);
	// Groups (LIST, MAP, STRUCT, VARIANT), repeated fields, and JSON/BSON, which hyparquet decodes to objects.
	const nested = columns.flatMap(({ children, element }, i) =>
		children.length > 0 ||
		element.repetition_type === 'REPEATED' ||
		element.converted_type === 'JSON' ||
		element.converted_type === 'BSON' ||
		element.logical_type?.type === 'JSON' ||
		element.logical_type?.type === 'BSON'
			? [i]
			: []
	);
	const objects = await parquetReadObjects({ file, metadata });
	return {
		header,
		rows: objects.map((o) => header.map((h, i) => (nested.includes(i) ? '' : cellText(o[h])))),
		nested
	};
}
