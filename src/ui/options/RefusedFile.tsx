/** A file ClaimLens refused as a whole, with every problem and where it is. */
export function RefusedFile({ fileName, verb, errors }: { fileName: string; verb: string; errors: readonly string[] }) {
  return (
    <div className="cl-import-result__failed" role="alert">
      <p className="cl-import-result__failed-title">
        {fileName} was not {verb}: nothing was changed.{' '}
        {errors.length === 1 ? 'One problem' : `${errors.length} problems`} to fix:
      </p>
      <ul className="cl-import-result__errors">
        {errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
