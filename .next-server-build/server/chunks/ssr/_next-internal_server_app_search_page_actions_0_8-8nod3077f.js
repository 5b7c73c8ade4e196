module.exports=[70965,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_search_page_actions_0_8-8nod3077f.js.map