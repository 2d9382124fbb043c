import { actorsComponent } from './actors/index.js';
import { datesComponent } from './dates/index.js';
import { eventsComponent } from './events/index.js';
import { nerComponent } from './ner/index.js';
import { buildPipeline } from './pipeline.js';
import { quotesComponent } from './quotes/index.js';
import { sentencesComponent } from './sentences/index.js';
import { tokenizerComponent } from './tokenize/index.js';
import { topicsComponent } from './topics/index.js';
let cached;
/** The full pipeline: tokens -> sentences -> names -> dates -> actors -> quotes -> events -> topics. */
export function defaultPipeline() {
    cached ??= buildPipeline([
        tokenizerComponent(),
        sentencesComponent(),
        nerComponent(),
        datesComponent(),
        actorsComponent(),
        quotesComponent(),
        eventsComponent(),
        topicsComponent(),
    ]);
    return cached;
}
//# sourceMappingURL=default-pipeline.js.map