// The page of tests/frontend/rjsf.mjs: the README's rjsf recipe (bundled from the README's own
// code block as "ogi-readme-recipe") mounted on the seed example given by ?seed=. It exposes
// window.ogiRjsf for the test: submitted (valid submits) and errors (rjsf's last error list).
import { createRef } from "react";
import { createRoot } from "react-dom/client";
import { ReportForm } from "ogi-readme-recipe";

const seed = await (await fetch(new URLSearchParams(location.search).get("seed"))).json();
const form = createRef();
window.ogiRjsf = { submitted: 0, errors: [] };
createRoot(document.getElementById("app")).render(
  <ReportForm
    ref={form}
    formData={seed}
    onSubmit={() => {
      window.ogiRjsf.submitted += 1;
      window.ogiRjsf.errors = [];
    }}
    onError={(errors) => {
      window.ogiRjsf.errors = errors.map(({ property, message }) => ({ property, message }));
    }}
  />,
);
requestAnimationFrame(() => document.body.setAttribute("data-ready", "true"));
