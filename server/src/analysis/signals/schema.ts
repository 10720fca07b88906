// The signals of issue 6 (part 5): the pattern analyses and the signal lifecycle.
import './transfer-dropout.js';
import './demand.js';
import './care-switch.js';
import './precursors.js';
import './signal.js';
import './signal-mutations.js';
import './national-trends.js';
