2:"$Sreact.fragment"
3:"/_next/static/chunks/08mika-44sn50.js"
4:I[39756,["$3"],"default"]
5:I[37457,["$3"],"default"]
a:"/_next/static/chunks/24ew5jwuz-sjh.js"
b:I[7845,["$3","$a"],"SearchApp"]
d:I[97367,["$3"],"OutletBoundary"]
e:"$Sreact.suspense"
11:"ViewportBoundary"
12:I[97367,["$3"],"$11"]
13:"MetadataBoundary"
14:I[97367,["$3"],"$13"]
15:I[27201,["$3"],"IconMark"]
7:X
7:C
8:X
c:["$","p",null,{"className":"mt-6 text-stone-700 dark:text-stone-300","children":"搜索需要浏览器启用 JavaScript；也可以从下面的话题开始浏览。"}]
9:[["children",{"s":"__PAGE__","h":160,"d":{"r":["$","$2","c",{"children":[["$","div",null,{"className":"mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12","children":[["$","header",null,{"className":"mb-8","children":[["$","h1",null,{"className":"text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50","children":"搜索"}],["$","p",null,{"className":"mt-3 text-stone-600 dark:text-stone-400","children":"搜索演讲、嘉宾和话题：中文词语或英文名称都可以，多个词之间用空格分开，结果同时包含所有词。"}]]}],["$","$Lb",null,{"indexUrl":"/search/index.json","topics":[{"name":"编程范式","url":"/topics/%E7%BC%96%E7%A8%8B%E8%8C%83%E5%BC%8F","sessionCount":2},{"name":"开发工具","url":"/topics/%E5%BC%80%E5%8F%91%E5%B7%A5%E5%85%B7","sessionCount":2},{"name":"算力","url":"/topics/%E7%AE%97%E5%8A%9B","sessionCount":2},{"name":"AI 应用开发","url":"/topics/AI%20%E5%BA%94%E7%94%A8%E5%BC%80%E5%8F%91","sessionCount":2},{"name":"部署架构","url":"/topics/%E9%83%A8%E7%BD%B2%E6%9E%B6%E6%9E%84","sessionCount":1},{"name":"成本优化","url":"/topics/%E6%88%90%E6%9C%AC%E4%BC%98%E5%8C%96","sessionCount":1},{"name":"创业","url":"/topics/%E5%88%9B%E4%B8%9A","sessionCount":1},{"name":"大模型部署","url":"/topics/%E5%A4%A7%E6%A8%A1%E5%9E%8B%E9%83%A8%E7%BD%B2","sessionCount":1},{"name":"大模型生态","url":"/topics/%E5%A4%A7%E6%A8%A1%E5%9E%8B%E7%94%9F%E6%80%81","sessionCount":1},{"name":"大模型训练","url":"/topics/%E5%A4%A7%E6%A8%A1%E5%9E%8B%E8%AE%AD%E7%BB%83","sessionCount":1},{"name":"计算机视觉","url":"/topics/%E8%AE%A1%E7%AE%97%E6%9C%BA%E8%A7%86%E8%A7%89","sessionCount":1},{"name":"开发者能力","url":"/topics/%E5%BC%80%E5%8F%91%E8%80%85%E8%83%BD%E5%8A%9B","sessionCount":1},{"name":"开源","url":"/topics/%E5%BC%80%E6%BA%90","sessionCount":1},{"name":"生成式 AI","url":"/topics/%E7%94%9F%E6%88%90%E5%BC%8F%20AI","sessionCount":1},{"name":"推理优化","url":"/topics/%E6%8E%A8%E7%90%86%E4%BC%98%E5%8C%96","sessionCount":1},{"name":"微服务","url":"/topics/%E5%BE%AE%E6%9C%8D%E5%8A%A1","sessionCount":1}]}],["$","noscript",null,{"children":"$c"}]]}],[["$","script","script-0",{"src":"/_next/static/chunks/24ew5jwuz-sjh.js","async":true}]],["$","$Ld",null,{"children":["$","$e",null,{"name":"Next.MetadataOutlet","children":"$@f"}]}]]}],"p":"$@10","v":null,"s":"$8"}}]]
1:[["children",{"s":"search","h":64,"d":{"r":["$","$2","c",{"children":[null,["$","$L4",null,{"parallelRouterKey":"children","template":["$","$L5",null,{}]}]]}],"p":"$@6","v":"$7","s":"$8"},"c":"$Q9"}]]
0:{"t":{"t":{"s":"","h":16,"c":"$Q1"},"h":{"r":["$","$2","h",{"children":[null,["$","$L12",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L14",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$e",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"搜索 · NPCon 大会回顾"}],["$","meta","1",{"name":"description","content":"搜索演讲、嘉宾和话题：中文词语或英文名称都可以，多个词之间用空格分开，结果同时包含所有词。"}],["$","link","2",{"rel":"canonical","href":"http://localhost:3000/search"}],["$","link","3",{"rel":"alternate","type":"application/atom+xml","href":"http://localhost:3000/feed.xml","title":"NPCon 大会回顾：全部场次"}],["$","meta","4",{"property":"og:title","content":"搜索"}],["$","meta","5",{"property":"og:description","content":"搜索演讲、嘉宾和话题：中文词语或英文名称都可以，多个词之间用空格分开，结果同时包含所有词。"}],["$","meta","6",{"property":"og:url","content":"http://localhost:3000/search"}],["$","meta","7",{"property":"og:site_name","content":"NPCon 大会回顾"}],["$","meta","8",{"property":"og:locale","content":"zh_CN"}],["$","meta","9",{"property":"og:image","content":"http://localhost:3000/og/site.png"}],["$","meta","10",{"property":"og:image:type","content":"image/png"}],["$","meta","11",{"property":"og:image:width","content":"1200"}],["$","meta","12",{"property":"og:image:height","content":"630"}],["$","meta","13",{"property":"og:image:alt","content":"NPCon 大会回顾。新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","14",{"property":"og:type","content":"website"}],["$","meta","15",{"name":"twitter:card","content":"summary_large_image"}],["$","meta","16",{"name":"twitter:title","content":"搜索"}],["$","meta","17",{"name":"twitter:description","content":"搜索演讲、嘉宾和话题：中文词语或英文名称都可以，多个词之间用空格分开，结果同时包含所有词。"}],["$","meta","18",{"name":"twitter:image","content":"http://localhost:3000/og/site.png"}],["$","meta","19",{"name":"twitter:image:alt","content":"NPCon 大会回顾。新程序员大会的演讲、嘉宾与圆桌，一页读懂"}],["$","meta","20",{"name":"twitter:image:type","content":"image/png"}],["$","meta","21",{"name":"twitter:image:width","content":"1200"}],["$","meta","22",{"name":"twitter:image:height","content":"630"}],["$","link","23",{"rel":"icon","href":"/icon.svg?icon.1yo6nqvwp82c_.svg","sizes":"any","type":"image/svg+xml"}],["$","$L15","24",{}]]}]}],null]}],null]}],"p":"$@16","v":null,"s":"$8"}},"a":"$@17","u":"$@18","b":"pZqKfOESplRlUN440dwBj"}
f:null
18:true
8:300
8:C
17:0
6:"$undefined"
16:"$undefined"
10:"$undefined"
