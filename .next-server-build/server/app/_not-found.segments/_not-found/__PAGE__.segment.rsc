2:"$Sreact.fragment"
3:"/_next/static/chunks/08mika-44sn50.js"
4:I[39756,["$3"],"default"]
5:I[37457,["$3"],"default"]
a:I[22016,["$3"],""]
b:I[97367,["$3"],"OutletBoundary"]
c:"$Sreact.suspense"
f:"ViewportBoundary"
10:I[97367,["$3"],"$f"]
11:"MetadataBoundary"
12:I[97367,["$3"],"$11"]
13:I[27201,["$3"],"IconMark"]
7:X
7:C
8:X
9:[["children",{"s":"__PAGE__","h":160,"d":{"r":["$","$2","c",{"children":[["$","div",null,{"className":"mx-auto max-w-2xl px-4 py-20 text-center sm:py-28","children":[["$","p",null,{"className":"font-mono text-5xl font-bold text-accent-700 dark:text-accent-300","children":"404"}],["$","h1",null,{"className":"mt-4 text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50","children":"页面不存在"}],["$","p",null,{"className":"mt-4 text-stone-600 dark:text-stone-400","children":"你要找的页面不存在，可能已被移动或地址有误。"}],["$","div",null,{"className":"mt-8 flex flex-wrap justify-center gap-3","children":[["$","$La",null,{"href":"/","className":"rounded-lg bg-accent-700 px-5 py-2.5 font-medium text-white hover:bg-accent-800","children":"回到首页"}],["$","$La",null,{"href":"/speakers","className":"rounded-lg border border-stone-300 px-5 py-2.5 font-medium hover:border-accent-600 dark:border-stone-700","children":"浏览全部嘉宾"}]]}]]}],null,["$","$Lb",null,{"children":["$","$c",null,{"name":"Next.MetadataOutlet","children":"$@d"}]}]]}],"p":"$@e","v":null,"s":"$8"}}]]
1:[["children",{"s":"/_not-found","h":64,"d":{"r":["$","$2","c",{"children":[null,["$","$L4",null,{"parallelRouterKey":"children","template":["$","$L5",null,{}]}]]}],"p":"$@6","v":"$7","s":"$8"},"c":"$Q9"}]]
0:{"t":{"t":{"s":"","h":16,"c":"$Q1"},"h":{"r":["$","$2","h",{"children":[["$","meta",null,{"name":"robots","content":"noindex"}],["$","$L10",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L12",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$c",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"页面不存在 · NPCon 大会回顾"}],["$","meta","1",{"name":"description","content":"新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","2",{"name":"robots","content":"noindex"}],["$","link","3",{"rel":"alternate","type":"application/atom+xml","href":"http://localhost:3000/feed.xml","title":"NPCon 大会回顾：全部场次"}],["$","meta","4",{"property":"og:title","content":"页面不存在 · NPCon 大会回顾"}],["$","meta","5",{"property":"og:description","content":"新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","6",{"property":"og:site_name","content":"NPCon 大会回顾"}],["$","meta","7",{"property":"og:locale","content":"zh_CN"}],["$","meta","8",{"property":"og:image","content":"http://localhost:3000/og/site.png"}],["$","meta","9",{"property":"og:image:type","content":"image/png"}],["$","meta","10",{"property":"og:image:width","content":"1200"}],["$","meta","11",{"property":"og:image:height","content":"630"}],["$","meta","12",{"property":"og:image:alt","content":"NPCon 大会回顾。新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","13",{"property":"og:type","content":"website"}],["$","meta","14",{"name":"twitter:card","content":"summary_large_image"}],["$","meta","15",{"name":"twitter:title","content":"页面不存在 · NPCon 大会回顾"}],["$","meta","16",{"name":"twitter:description","content":"新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","17",{"name":"twitter:image","content":"http://localhost:3000/og/site.png"}],["$","meta","18",{"name":"twitter:image:alt","content":"NPCon 大会回顾。新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","19",{"name":"twitter:image:type","content":"image/png"}],["$","meta","20",{"name":"twitter:image:width","content":"1200"}],["$","meta","21",{"name":"twitter:image:height","content":"630"}],["$","link","22",{"rel":"icon","href":"/icon.svg?icon.1yo6nqvwp82c_.svg","sizes":"any","type":"image/svg+xml"}],["$","$L13","23",{}]]}]}],null]}],null]}],"p":"$@14","v":null,"s":"$8"}},"a":"$@15","u":"$@16","b":"pZqKfOESplRlUN440dwBj"}
d:null
16:true
8:300
8:C
15:0
6:"$undefined"
14:"$undefined"
e:"$undefined"
