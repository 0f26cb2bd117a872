/** Reads a Parquet file (e.g. an aggregate written by DuckDB) into header and rows of text, with hyparquet. */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { cellText } from './cell-text';

export const isParquet = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;

export async function readParquet(bytes: Uint8Array): Promise<{ header: string[]; rows: string[][] }> {
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const metadata = parquetMetadata(file);
	const header = parquetSchema(metadata).children.map((c) => c.element.name);
	const objects = await parquetReadObjects({ file, metadata });
	return { header, rows: objects.map((o) => header.map((h) => cellText(o[h]))) };
}
