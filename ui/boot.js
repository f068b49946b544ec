// Loads the wasm UI. A file of its own because the CSP allows no inline script.
import init from "./banshi-ui.js";
init();
