:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
5:[["children",{"s":"__PAGE__","h":160}]]
4:[["children",{"s":{"n":"session","t":"d","k":"inscode-everyone-is-a-developer","s":[]},"h":65632,"c":"$Q5"}]]
3:[["children",{"s":"sessions","h":131168,"c":"$Q4"}]]
2:[["children",{"s":{"n":"event","t":"d","k":"npcon-2023-beijing","s":[]},"h":196704,"c":"$Q3"}]]
1:[["children",{"s":"events","h":131136,"c":"$Q2"}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
