var R=require("../../chunks/[turbopack]_runtime.js")("server/app/feed.xml/route.js")
R.c("server/chunks/[externals]__0k8rdywfpfi42._.js")
R.c("server/chunks/lib_routes_ts_1alpz61eup73l._.js")
R.c("server/chunks/[root-of-the-server]__0-o6rnusdpfyy._.js")
R.c("server/chunks/[root-of-the-server]__1uv-wzynojl57._.js")
R.c("server/chunks/lib_content_index_ts_07_e12upwlso5._.js")
R.c("server/chunks/_next-internal_server_app_feed_xml_route_actions_0mikpq1rrgha9.js")
R.m(35474)
module.exports=R.m(35474).exports
