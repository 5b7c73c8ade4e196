module.exports=[64856,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_speakers_%5Bspeaker%5D_page_actions_05--yi0vh89wr.js.map