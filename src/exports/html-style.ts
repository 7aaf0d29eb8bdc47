// The report's only styling, inlined so the file stands alone (mail it, archive it, print it).
export const REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, .meta, .verdict, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; line-height: 1.3; margin: 0 0 .75rem; }
h3 { font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: #57606a; margin: 1.25rem 0 .4rem; }
a { color: #0b5cad; overflow-wrap: anywhere; }
.meta { font-size: .9rem; color: #57606a; margin: 0; }
.meta dt { font-weight: 600; float: left; clear: left; margin-right: .4rem; }
.meta dd { margin: 0 0 .15rem; }
.claim { border-top: 1px solid #d0d7de; padding-top: 1.5rem; margin-top: 2rem; break-inside: avoid-page; }
blockquote { margin: 0 0 1rem; padding: .5rem 1rem; border-left: 4px solid #d0d7de; background: #f6f8fa; }
blockquote .context { color: #57606a; }
blockquote mark { background: #fff3bf; color: inherit; }
.verdict { font-size: .95rem; margin: 0 0 .75rem; }
.chip { display: inline-block; padding: .05rem .55rem; border: 2px solid; border-radius: 999px; font-weight: 700; }
.stance { color: #57606a; }
ol, ul { padding-left: 1.5rem; }
li { margin-bottom: .35rem; }
.scope { font-style: italic; color: #57606a; }
.note-sources { font-size: .9rem; }
.dispute { border: 2px solid #cf222e; border-radius: 6px; padding: .5rem .75rem; background: #fff5f5; }
footer { border-top: 1px solid #d0d7de; margin-top: 2.5rem; padding-top: 1rem; font-size: .85rem; color: #57606a; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  a.print-url[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: #57606a; }
}
`;
