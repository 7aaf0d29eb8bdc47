import './BrandMark.css';

/** A magnifier over a drop: "a closer look at skincare claims". Decorative. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="cl-brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="cl-brand-mark__tile" />
      <circle cx="14" cy="14" r="7" className="cl-brand-mark__lens" />
      <path d="M19.5 19.5 L25 25" className="cl-brand-mark__handle" />
      <path d="M14 10.2c1.9 2.3 2.9 3.8 2.9 5a2.9 2.9 0 0 1-5.8 0c0-1.2 1-2.7 2.9-5z" className="cl-brand-mark__drop" />
    </svg>
  );
}
