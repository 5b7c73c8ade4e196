module.exports=[57934,a=>{"use strict";a.s([])}];

//# sourceMappingURL=1oeh_server_app_events_%5Bevent%5D_sessions_%5Bsession%5D_page_actions_20bl4uk01mhx_.js.map