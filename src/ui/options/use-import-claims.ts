import { useState, type ChangeEvent } from 'react';
import { megabytes } from '../../db/file-size';
import { MAX_IMPORT_BYTES } from '../../db/user-claims-file';
import { useServices } from '../services/ServicesContext';

export type ImportState =
  | { status: 'idle' }
  | { status: 'importing'; fileName: string }
  | { status: 'imported'; fileName: string; count: number }
  | { status: 'failed'; fileName: string; errors: string[] };

/** Reads a chosen claims file and hands it to the background, which checks all of it before
 *  storing any: the outcome is either a count or the list of what is wrong and where. */
export function useImportClaims() {
  const { backend } = useServices();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Not even read: a file this size is not a claims file, and reading and sending it would
    // cost memory (and could exceed the browser's message size) before the background refuses it.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        status: 'failed',
        fileName: file.name,
        errors: [`file: ${megabytes(file.size)} MB is larger than the ${megabytes(MAX_IMPORT_BYTES)} MB limit`],
      });
      input.value = '';
      return;
    }
    setState({ status: 'importing', fileName: file.name });
    try {
      const result = await backend.importUserClaims({ json: await file.text() });
      setState(
        result.ok
          ? { status: 'imported', fileName: file.name, count: result.imported ?? 0 }
          : { status: 'failed', fileName: file.name, errors: result.errors },
      );
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, errors: [error instanceof Error ? error.message : String(error)] });
    } finally {
      // Choosing the same file again (after fixing it) must fire another change event.
      input.value = '';
    }
  };

  return { state, importFile };
}
