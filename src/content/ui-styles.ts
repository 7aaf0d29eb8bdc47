// Styles inside ClaimLens's shadow root: the hover card (light and dark) and the boxes drawn where
// CSS highlights are unavailable or the finding is in an image's alt text.
export const UI_CSS = `
.card{position:fixed;z-index:2;pointer-events:auto;box-sizing:border-box;width:max-content;max-width:min(340px,calc(100vw - 16px));
  padding:10px 12px;border-radius:8px;border:1px solid #d0d7de;background:#fff;color:#1f2328;
  box-shadow:0 6px 20px rgba(0,0,0,.18);font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.card[hidden]{display:none}
.card:focus{outline:none}
.card:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.verdict{display:flex;align-items:center;gap:6px;font-weight:700;color:var(--verdict)}
.dot{width:10px;height:10px;border-radius:50%;background:var(--verdict);flex:none}
.evidence,.stance,.claim{font-size:12px;color:#57606a}
.stance{font-style:italic}
.summary{margin:6px 0 8px}
.summary:empty{display:none}
.actions{display:flex;align-items:center;gap:8px}
.details{font:inherit;font-weight:600;padding:4px 12px;border-radius:6px;border:1px solid #d0d7de;background:#f6f8fa;color:inherit;cursor:pointer}
.details:hover{background:#eaeef2}
.details:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.keys{font-size:11px;color:#57606a}
.layer{position:fixed;inset:0;z-index:1;pointer-events:none;overflow:hidden}
.mark{position:fixed;box-sizing:border-box;pointer-events:none}
.mark.underline{border-bottom:2px solid var(--verdict)}
.mark.background{background:var(--tint)}
.mark.image{border:3px solid var(--verdict);border-radius:4px}
.mark.flash{background:rgba(255,211,61,.6);border:none}
@media (prefers-color-scheme:dark){
  .card{background:#161b22;color:#e6edf3;border-color:#30363d;box-shadow:0 6px 20px rgba(0,0,0,.5)}
  .verdict{color:color-mix(in srgb,var(--verdict) 65%,white)}
  .evidence,.stance,.claim,.keys{color:#8d96a0}
  .details{background:#21262d;border-color:#30363d}
  .details:hover{background:#30363d}
}
@media (prefers-reduced-motion:no-preference){.card{transition:opacity .12s}}
`;
