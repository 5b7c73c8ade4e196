module.exports=[32176,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_topics_page_actions_0bfy3zls304-6.js.map