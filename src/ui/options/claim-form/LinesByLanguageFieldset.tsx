import { LANGUAGES, type Language } from '../../../claims/vocabulary';
import { LANGUAGE_NAME } from '../../labels/language-names';
import { lines, type LinesByLanguage } from './claim-draft';
import { errorsAt, lineErrors, type FieldErrors } from './field-errors';
import { FieldMessages } from './FieldMessages';
import { FormField } from './FormField';
import './LinesByLanguageFieldset.css';
import './fieldset.css';

interface Props {
  legend: string;
  hint: string;
  /** 'phrasings' or 'denials': the claim field these lines become. */
  path: string;
  value: LinesByLanguage;
  onChange: (value: LinesByLanguage) => void;
  errors: FieldErrors;
}

/** One textarea per language, one wording per line. */
export function LinesByLanguageFieldset({ legend, hint, path, value, onChange, errors }: Props) {
  const setLanguage = (language: Language, text: string) => onChange({ ...value, [language]: text });
  const wholeListErrors = errorsAt(errors, path);
  return (
    <fieldset className="cl-fieldset">
      <legend>{legend}</legend>
      <p className="cl-fieldset__hint">{hint}</p>
      <FieldMessages id={`${path}-errors`} messages={wholeListErrors} />
      <div className="cl-lines-by-language">
        {LANGUAGES.map((language) => (
          <FormField
            key={language}
            label={LANGUAGE_NAME[language]}
            errors={lineErrors(errors, `${path}.${language}`, lines(value[language]))}
          >
            {(control) => (
              <textarea
                {...control}
                className="cl-input"
                rows={3}
                lang={language}
                value={value[language]}
                onChange={(event) => setLanguage(language, event.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}
