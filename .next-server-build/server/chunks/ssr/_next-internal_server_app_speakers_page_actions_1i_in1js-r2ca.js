module.exports=[86136,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_speakers_page_actions_1i_in1js-r2ca.js.map