module.exports=[69355,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_topics_%5Btopic%5D_page_actions_17enzhy0s9hs8.js.map