import { useId } from 'react';
import './RadioGroup.css';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({ legend, name, value, options, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="cl-radio-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="cl-radio">
          <input
            type="radio"
            name={`${name}-${id}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="cl-radio__label">{option.label}</span>
            {option.description && <span className="cl-radio__description">{option.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
