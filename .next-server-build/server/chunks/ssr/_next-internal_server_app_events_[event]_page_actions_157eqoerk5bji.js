module.exports=[31413,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_events_%5Bevent%5D_page_actions_157eqoerk5bji.js.map